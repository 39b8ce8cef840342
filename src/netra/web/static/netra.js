// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("change", function (event) {
  var box = event.target;
  if (box && box.matches && box.matches("input[data-select-all]")) {
    document.querySelectorAll("input[name=item]").forEach(function (item) {
      item.checked = box.checked;
    });
  }
});
