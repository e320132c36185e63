/** A subject's source records (labs, transfusions, doses, adverse events, events, screening history) with the data set format's columns. */
package org.marrow.app.record;
