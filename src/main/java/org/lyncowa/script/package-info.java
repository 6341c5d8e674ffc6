/** PowerShell script generation from a valid plan: quoting, templates, one script per purpose, English or Korean text. No web imports. */
package org.lyncowa.script;
