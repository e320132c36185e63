/** The JSON error bodies of the API and the exceptions that produce them. */
package org.marrow.app.web;
