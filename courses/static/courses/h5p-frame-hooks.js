// Loaded by the player after H5P core and before the content starts. The standalone player builds the
// content without registering it in H5P.instances, so keep the top-level instance for saving its state.
(function () {
  // Listening from here catches the content's first events too, which come before the player resolves.
  if (window.hocsoOnXAPI) H5P.externalDispatcher.on("xAPI", window.hocsoOnXAPI);
  var original = H5P.newRunnable;
  H5P.newRunnable = function (library, contentId, $attachTo, skipResize, extras) {
    var instance = original.apply(this, arguments);
    if (!window.hocsoH5PInstance && instance && !(extras && extras.parent)) window.hocsoH5PInstance = instance;
    return instance;
  };
})();
