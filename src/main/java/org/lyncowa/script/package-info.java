/** PowerShell script generation from a valid plan: quoting, templates, one script per purpose. No web imports. */
package org.lyncowa.script;
