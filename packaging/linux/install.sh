#!/bin/sh
# Add cxassess to this user's application menu and let .cxa files open with it.
# Run it from the unpacked folder: ./install.sh   (./install.sh --uninstall removes it again)
# Nothing is copied: the menu entry points at this folder, so keep it where it is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/cxassess.desktop" "$data/mime/packages/cxassess.xml" \
    "$data/icons/hicolor/scalable/apps/cxassess.svg" \
    "$data/icons/hicolor/scalable/mimetypes/application-x-cxassess.svg" \
    "$data/icons/hicolor/512x512/apps/cxassess.png"
  [ -L "$bin/cxassess" ] && rm -f "$bin/cxassess"
  refresh
  echo "cxassess is no longer in the menu; this folder can be deleted."
  exit 0
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps" \
  "$data/icons/hicolor/scalable/mimetypes" "$data/icons/hicolor/512x512/apps" "$bin"
# The menu entry runs this folder's program; quotes keep a path with spaces whole.
sed -e "s|^Exec=cxassess|Exec=\"$here/cxassess\"|" -e "s|^TryExec=cxassess|TryExec=$here/cxassess|" \
  "$here/cxassess.desktop" >"$data/applications/cxassess.desktop"
cp "$here/cxassess-mime.xml" "$data/mime/packages/cxassess.xml"
cp "$here/cxassess.svg" "$data/icons/hicolor/scalable/apps/cxassess.svg"
cp "$here/cxassess.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-cxassess.svg"
cp "$here/cxassess.png" "$data/icons/hicolor/512x512/apps/cxassess.png"
ln -sf "$here/cxassess" "$bin/cxassess"
refresh
echo "cxassess is in the application menu, and .cxa files open with it."
echo "The command line is $bin/cxassess (try: cxassess --help)."
