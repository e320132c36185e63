/** Subjects: screening, enrolment, arm, withdrawal; always read and written through the caller's site scope. */
package org.marrow.app.subject;
