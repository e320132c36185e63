/** Users, roles, site memberships, login throttling and the site scope every subject query carries. */
package org.marrow.app.security;
