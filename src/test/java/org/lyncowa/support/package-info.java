/**
 * Test support: the one plan fixture ({@link org.lyncowa.support.TestPresets}: the app's example plans,
 * loaded by the app's own loader, and the test plans), the one plan-to-form mapper
 * ({@link org.lyncowa.support.PlanForms}: what a person types into each step page, for HTTP, MockMvc and
 * browser tests), an HTTP client that walks the wizard like a browser without JavaScript, and a
 * throw-away PostgreSQL server.
 */
package org.lyncowa.support;
