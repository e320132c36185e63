/** The demonstration set-up of {@code marrow demo}: the reference studies, the demonstration data set, a demo user. */
package org.marrow.app.demo;
