/** For trainers and consultants: example plans, starting over, the presenter view and the "example data" banner. */
package org.lyncowa.wizard.trainer;
