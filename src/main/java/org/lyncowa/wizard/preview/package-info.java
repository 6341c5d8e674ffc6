/** The live preview of a step page: the commands its answers produce, rendered on the server only. */
package org.lyncowa.wizard.preview;
