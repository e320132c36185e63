package org.marrow.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Marrow trial database and REST API. */
@SpringBootApplication
public class MarrowApplication {}
