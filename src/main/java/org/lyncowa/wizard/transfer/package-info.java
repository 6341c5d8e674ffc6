/** Saving the answers as a plan file and continuing from one (import/export on the pages). */
package org.lyncowa.wizard.transfer;
