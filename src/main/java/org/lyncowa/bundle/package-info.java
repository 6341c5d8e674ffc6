/** The script bundle: the ZIP with its manifest, the plan, the runbook (Markdown and HTML) and safe download names. */
package org.lyncowa.bundle;
