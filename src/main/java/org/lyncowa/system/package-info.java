/** System concerns: configuration, messages, locale, error pages and problem documents. */
package org.lyncowa.system;
