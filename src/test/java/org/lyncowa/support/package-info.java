/** Test support: a throw-away PostgreSQL server, an HTTP client that walks the wizard like a browser without JavaScript. */
package org.lyncowa.support;
