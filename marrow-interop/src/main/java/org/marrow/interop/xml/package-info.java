/** Writing and checking the XML documents of the CDISC exports (ODM, Define-XML). */
package org.marrow.interop.xml;
