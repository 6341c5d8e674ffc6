/** The HTTP API for automation: validate a plan, build a bundle (plan-and-bundle.md, "The HTTP API"). */
package org.lyncowa.api;
