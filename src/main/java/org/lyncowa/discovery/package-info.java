/** The discovery file (docs/discovery-format.md): its model, its reader and the draft plan made from its findings. */
package org.lyncowa.discovery;
