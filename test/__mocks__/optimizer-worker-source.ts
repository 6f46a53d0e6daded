// Tests have no Web Worker (jsdom and Node lack one): an empty source makes the plugin run the
// optimizer on the page, in batches, as it does where a worker cannot start.
export default "";
