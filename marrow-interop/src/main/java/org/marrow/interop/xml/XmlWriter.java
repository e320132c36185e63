package org.marrow.interop.xml;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an indented XML document through the JDK's StAX writer (which escapes every text and attribute): an
 * element per line, two spaces per level, text elements on one line. Not thread-safe; one per document.
 */
public final class XmlWriter {
    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    /**
     * Starts a UTF-8 document.
     *
     * @throws IllegalStateException if the JDK's StAX writer fails
     */
    public XmlWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens an element.
     *
     * @param name the element's name, with its prefix if any
     * @param attributes name, value pairs; a null value leaves the attribute out
     * @return this writer
     */
    public XmlWriter start(String name, String... attributes) {
        try {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            hasChildren.push(false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Writes an element without content.
     *
     * @param name the element's name
     * @param attributes name, value pairs; a null value leaves the attribute out
     * @return this writer
     */
    public XmlWriter empty(String name, String... attributes) {
        try {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Writes an element holding only text, on one line.
     *
     * @param name the element's name
     * @param content its text
     * @param attributes name, value pairs; a null value leaves the attribute out
     * @return this writer
     */
    public XmlWriter text(String name, String content, String... attributes) {
        try {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(content);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Closes the element opened last.
     *
     * @return this writer
     */
    public XmlWriter end() {
        try {
            boolean children = hasChildren.pop();
            if (children) {
                xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Closes every open element and ends the document.
     *
     * @return the document
     */
    public String finish() {
        try {
            while (!hasChildren.isEmpty()) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private void indent() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
    }

    private void attributes(String... attributes) throws XMLStreamException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }
}
