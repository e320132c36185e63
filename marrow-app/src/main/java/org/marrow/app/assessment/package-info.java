/** Derived assessments (severity, transfusion dependence, response, CTCAE grades), computed on request from source data. */
package org.marrow.app.assessment;
