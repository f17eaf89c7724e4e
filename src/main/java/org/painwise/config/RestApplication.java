package org.painwise.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST lives under /api. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
