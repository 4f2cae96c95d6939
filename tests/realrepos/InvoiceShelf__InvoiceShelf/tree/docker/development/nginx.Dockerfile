FROM --platform=$BUILDPLATFORM node AS static_builder
FROM nginx AS production
