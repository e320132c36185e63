/**
 * The study data set: a folder of CSV files (subjects, labs, transfusions, doses, adverse events,
 * events, screening history) that every later tool reads and writes. {@link org.marrow.dataset.DatasetReader}
 * reports every problem at once with {@code file:line:column}; {@link org.marrow.dataset.DatasetWriter}
 * writes it back losslessly. The format is documented in {@code docs/dataset-format.md}.
 */
package org.marrow.dataset;
