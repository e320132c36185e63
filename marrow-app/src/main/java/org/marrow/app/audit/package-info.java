/** The audit trail: append-only, hash-chained rows written in the transaction of each change, and its verifier. */
package org.marrow.app.audit;
