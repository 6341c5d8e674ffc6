/** The discovery file in the wizard: its download, its import into a pre-filled journey, and what each step shows of it. */
package org.lyncowa.wizard.discovery;
