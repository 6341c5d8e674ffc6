package org.lyncowa.plan;

/** The Lync Server version (P-1). Only Lync Server 2013 is supported. */
public enum LyncServer {
    LYNC_2013
}
