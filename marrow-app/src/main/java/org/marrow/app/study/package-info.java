/** Studies (bound to a protocol version) and sites. */
package org.marrow.app.study;
