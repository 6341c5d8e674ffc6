/** The start page (what the tool does, start or continue from a saved plan) and journey recovery. */
package org.lyncowa.wizard.start;
