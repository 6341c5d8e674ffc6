/** Step 1: Lync and Exchange versions, the IM runtime prerequisite and the plan title (P-1). */
package org.lyncowa.wizard.compatibility;
