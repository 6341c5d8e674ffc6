/** Step 4: which OWA mailbox policies get instant messaging (P-4). */
package org.lyncowa.wizard.policy;
