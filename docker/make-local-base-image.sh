#!/bin/bash
# Makes a local JRE base image for docker/Dockerfile when no container registry can be reached:
# Debian bookworm (minbase) from Debian's own mirror, plus openjdk-17-jre-headless and curl.
#
#   sudo docker/make-local-base-image.sh [IMAGE_NAME] [WORK_DIR]
#   docker build -f docker/Dockerfile --build-arg BASE_IMAGE=painwise/jre17-local -t painwise:local .
#
# Needs root, debootstrap and a running Docker engine (DOCKER_HOST is honoured).
# WORK_DIR holds the root file system while it is made; it is deleted at the end.
set -euo pipefail

IMAGE=${1:-painwise/jre17-local}
WORK=${2:-$(mktemp -d /tmp/painwise-rootfs.XXXXXX)}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
ROOTFS="$WORK/rootfs"

cleanup() {
  umount "$ROOTFS/proc" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR"

cat > "$ROOTFS/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $SECURITY_MIRROR bookworm-security main
SOURCES

# The JRE's post-install scripts (ca-certificates-java) run Java, which needs /proc.
mount -t proc proc "$ROOTFS/proc"
chroot "$ROOTFS" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c '
  set -e
  apt-get update
  apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates
  apt-get clean
  rm -rf /var/lib/apt/lists/*
'
umount "$ROOTFS/proc"

# The image needs no logs or caches from the build.
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/log/*.log "$ROOTFS"/tmp/*

tar -C "$ROOTFS" -c . | docker import \
  --change 'ENV LANG=C.UTF-8' \
  --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
  --change 'CMD ["/bin/bash"]' \
  - "$IMAGE"
docker run --rm "$IMAGE" java -version
