/**
 * The protocol a study is bound to (marrow-protocol): its resolution, and what it says about one
 * subject: screening with explanations, the treatment schedule and dose advice.
 */
package org.marrow.app.protocol;
