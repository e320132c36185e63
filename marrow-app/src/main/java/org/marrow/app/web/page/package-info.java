/**
 * What the server-rendered pages (Thymeleaf, no JavaScript) share: the language (English, Simplified
 * Chinese), the common model and error pages ({@link org.marrow.app.web.page.PageModel}) for every
 * {@link org.marrow.app.web.page.PageController}, who may open them ({@link
 * org.marrow.app.web.page.PageAccess}), the data-entry forms of the source records and a visit's
 * counts, and the login and password pages. The page controllers themselves live in the feature
 * packages beside their REST twins (study/, subject/, record/, visit/, query/, audit/, report/). Every
 * word shown comes from {@code messages*.properties}; the domain's messages are rendered by {@code
 * MessageRenderer} in the page's language.
 */
package org.marrow.app.web.page;
