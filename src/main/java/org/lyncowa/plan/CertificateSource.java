package org.lyncowa.plan;

/**
 * Where each server's IM certificate comes from (plan format version 2, P-9.2, P-8.6): a thumbprint the
 * plan names (one shared value, or one per server), or the certificate each server has bound to IIS,
 * found by the script on that server and checked there.
 */
public enum CertificateSource {
    THUMBPRINT,
    IIS
}
