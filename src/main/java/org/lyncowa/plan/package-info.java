/** The plan: the public JSON format, its model, its rules (one place) and its reader/writer. */
package org.lyncowa.plan;
