/** Step 2: whether a trusted application pool is created for OWA, and its settings (P-2). */
package org.lyncowa.wizard.pool;
