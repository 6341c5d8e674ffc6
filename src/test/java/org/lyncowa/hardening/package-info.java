/** Hardening tests: hostile input everywhere, sessions that survive restarts and expire, load without cross-talk. */
package org.lyncowa.hardening;
