package org.marrow.interop.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks XML documents against a W3C XML Schema loaded from the class path (the bundled CDISC schemas), with
 * every schema reference resolved beside it and no access to the network. Thread-safe.
 */
public final class SchemaCheck {
    /** At most this many problems are reported for one document. */
    public static final int MAX_PROBLEMS = 100;

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    /**
     * A check against the schema at a class-path resource.
     *
     * @param entry the entry schema, e.g. {@code OdmExport.class.getResource("odm-1.3.2/ODM1-3-2.xsd")}
     * @return the check
     * @throws NullPointerException if entry is null (the resource is missing)
     * @throws IllegalStateException if the schema cannot be read
     */
    public static SchemaCheck of(URL entry) {
        Objects.requireNonNull(entry, "entry");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new SchemaCheck(factory.newSchema(entry));
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot read the schema " + entry + ": " + e.getMessage(), e);
        }
    }

    /**
     * One problem of a document: where and what the validator says.
     *
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param message the validator's message (English)
     */
    public record Violation(int line, int column, String message) {}

    /**
     * Checks a document; a document that is not well-formed gives one violation where parsing stopped.
     *
     * @param document the document's bytes
     * @return every violation (at most {@link #MAX_PROBLEMS}), empty when the document is valid
     */
    public List<Violation> check(byte[] document) {
        List<Violation> violations = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings do not make a document invalid.
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                violations.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                if (violations.size() >= MAX_PROBLEMS) {
                    throw e;
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                violations.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            // Already recorded by the error handler.
        } catch (IOException e) {
            violations.add(new Violation(0, 0, e.getMessage()));
        }
        return violations;
    }
}
