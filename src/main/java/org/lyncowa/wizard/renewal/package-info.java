/** "The certificate was renewed": new thumbprint(s) for a saved plan, and only the scripts and runbook that apply them. */
package org.lyncowa.wizard.renewal;
