/** "Check your answers": every answer with a Change link, the plan's warnings, downloads. */
package org.lyncowa.wizard.summary;
