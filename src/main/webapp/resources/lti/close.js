// The end of an LTI dynamic registration (1EdTech Dynamic Registration 1.0, section 3.7): asks the platform that
// opened this window, or framed this page, to close it. The message carries nothing secret, hence the '*' target.
(window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*');
