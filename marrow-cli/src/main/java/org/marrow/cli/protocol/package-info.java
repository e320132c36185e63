/**
 * Commands that apply a trial protocol to a study data set: {@code marrow screen}, {@code marrow
 * schedule} and {@code marrow advise}.
 */
package org.marrow.cli.protocol;
