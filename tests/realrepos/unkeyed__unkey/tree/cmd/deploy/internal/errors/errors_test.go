// facts only, one per line
			apiErr: &apierrors.ForbiddenErrorResponse{
			apiErr: &apierrors.UnauthorizedErrorResponse{
			apiErr: &apierrors.UnauthorizedErrorResponse{
			apiErr: &apierrors.NotFoundErrorResponse{
			apiErr: &apierrors.NotFoundErrorResponse{
			apiErr: &apierrors.NotFoundErrorResponse{
			apiErr: &apierrors.BadRequestErrorResponse{
			apiErr: &apierrors.BadRequestErrorResponse{
