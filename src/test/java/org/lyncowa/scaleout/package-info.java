/** Several instances sharing their sessions in PostgreSQL (profile "postgres"). */
package org.lyncowa.scaleout;
