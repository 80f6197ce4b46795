/*
 * Draws the OpenAPI document of /api/v1 with Swagger UI on api-docs.xhtml. A file of its own, not an inline
 * script, so that a Content-Security-Policy without 'unsafe-inline' lets it run. The document's address comes from
 * the page (data-openapi), which takes it from the BBB_OPENAPI_URL setting.
 */
(function () {
    'use strict';
    var root = document.getElementById('swagger-ui');
    window.SwaggerUIBundle({
        url: root.dataset.openapi,
        domNode: root,
        deepLinking: true,
        presets: [window.SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
}());
