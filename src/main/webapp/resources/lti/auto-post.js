// Deep Linking 2.0: posts the signed LtiDeepLinkingResponse (form#lti-return) to the platform's deep_link_return_url
// as soon as the page is there; its button does the same where scripts do not run.
document.getElementById('lti-return').submit();
