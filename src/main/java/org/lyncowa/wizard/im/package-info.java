/** Step 3: enable or disable OWA instant messaging and the settings it needs (P-3, P-7.4). */
package org.lyncowa.wizard.im;
