/** The wizard flow: steps, the navigator that orders them, per-session answers and step validation. */
package org.lyncowa.wizard;
