/** Step 5: what a working integration looks like and where failures show (P-5, P-7.7). */
package org.lyncowa.wizard.verify;
